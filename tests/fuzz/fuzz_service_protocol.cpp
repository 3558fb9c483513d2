// What the search service and the launcher read from their socket: any bytes decode to a request
// or an answer within bounds, or to nothing, and what decodes encodes back to the same bytes.
#include "FuzzTarget.h"

#include "service/ServiceProtocol.h"

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace codedesk::service;
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    if (const auto request = decodeRequest(bytes)) {
        if (request->arguments.size() > MaxArguments || encodeRequest(*request) != bytes)
            std::abort();
    }
    if (const auto answer = decodeAnswer(bytes)) {
        if (encodeAnswer(*answer) != bytes)
            std::abort();
    }
    return 0;
}
