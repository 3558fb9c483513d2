#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What the codedesk launcher and the search service say to each other over their socket: one
// request (the command's arguments and working folder), one answer (what the command printed and
// its exit status). Plain C++ and POSIX: the launcher answers a search without loading Qt.
namespace codedesk::service {

struct Request
{
    std::vector<std::string> arguments; // after the program name: "codeset", "search", "icd10cm", "CHF"
    std::string workingDirectory;
};

struct Answer
{
    bool declined = false; // the service does not run this command: the launcher runs it itself
    int exitCode = 0;
    std::string out;
    std::string err;
};

// Bounds a peer cannot exceed: a longer frame is refused, not read.
inline constexpr size_t MaxRequestBytes = 64 * 1024;
inline constexpr size_t MaxArguments = 64;
inline constexpr size_t MaxAnswerBytes = 64 * 1024 * 1024;

std::string encodeRequest(const Request &request);
std::optional<Request> decodeRequest(std::string_view bytes);
std::string encodeAnswer(const Answer &answer);
std::optional<Answer> decodeAnswer(std::string_view bytes);

// One frame on a stream socket: a magic word, the payload's length, the payload. Writing does not
// raise SIGPIPE; reading gives up after `timeoutMs` without progress, at a bad magic word or at a
// length over `maxBytes`.
bool writeFrame(int fd, std::string_view payload);
std::optional<std::string> readFrame(int fd, size_t maxBytes, int timeoutMs);

} // namespace codedesk::service
