#pragma once

#include "ServiceAddress.h"
#include "ServiceProtocol.h"

#include <optional>
#include <string>
#include <vector>

// The launcher's side of the search service (docs/command-line.md, "The search service").
// A search run as its own process spends most of its time loading Qt and opening the library;
// the service, a codedesk process started by the first search, keeps them loaded and runs
// later searches with the same code, so that a script's thousandth lookup costs what the
// query costs. Without a service (the first search, or CODEDESK_SEARCH_SERVICE=0), the
// launcher runs the search itself.
namespace codedesk::service {

// The commands the service runs: `search ...` and `codeset search ...` (read-only, no files).
bool isSearchCommand(const std::vector<std::string> &arguments);
// False when CODEDESK_SEARCH_SERVICE is 0, off, no or false.
bool searchServiceEnabled();

// The service's answer, or nothing when no service answered in time (none runs, it died, or it
// sent something malformed).
std::optional<Answer> askSearchService(const ServiceAddress &address, const Request &request, int timeoutMs);

// Starts `executable --search-service SOCKET` in a session of its own, its standard streams on
// /dev/null, not waited for. A service already listening there makes the new one quit.
bool startSearchService(const ServiceAddress &address, const std::string &executable);

} // namespace codedesk::service
