#include "ServiceProtocol.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace codedesk::service {

namespace {

constexpr std::string_view Magic = "CDS1";

void put32(std::string &bytes, uint32_t value)
{
    char raw[4];
    std::memcpy(raw, &value, 4);
    bytes.append(raw, 4);
}

void putString(std::string &bytes, std::string_view text)
{
    put32(bytes, uint32_t(text.size()));
    bytes.append(text);
}

// Reads from the front of `bytes`, failing (and staying failed) at the first short read.
class Reader final
{
public:
    explicit Reader(std::string_view bytes)
        : m_bytes(bytes)
    {}
    std::optional<uint32_t> u32()
    {
        if (m_bytes.size() < 4)
            return std::nullopt;
        uint32_t value;
        std::memcpy(&value, m_bytes.data(), 4);
        m_bytes.remove_prefix(4);
        return value;
    }
    std::optional<std::string> string()
    {
        const auto size = u32();
        if (!size || m_bytes.size() < *size)
            return std::nullopt;
        std::string text(m_bytes.substr(0, *size));
        m_bytes.remove_prefix(*size);
        return text;
    }
    bool atEnd() const { return m_bytes.empty(); }

private:
    std::string_view m_bytes;
};

bool waitFor(int fd, short events, int timeoutMs)
{
    pollfd entry{fd, events, 0};
    int ready;
    do {
        ready = ::poll(&entry, 1, timeoutMs);
    } while (ready < 0 && errno == EINTR);
    return ready > 0;
}

bool readExactly(int fd, char *data, size_t size, int timeoutMs)
{
    while (size > 0) {
        if (!waitFor(fd, POLLIN, timeoutMs))
            return false;
        const ssize_t got = ::recv(fd, data, size, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        data += got;
        size -= size_t(got);
    }
    return true;
}

} // namespace

std::string encodeRequest(const Request &request)
{
    std::string bytes;
    put32(bytes, uint32_t(request.arguments.size()));
    for (const std::string &argument : request.arguments)
        putString(bytes, argument);
    putString(bytes, request.workingDirectory);
    return bytes;
}

std::optional<Request> decodeRequest(std::string_view bytes)
{
    Reader reader(bytes);
    const auto count = reader.u32();
    if (!count || *count > MaxArguments)
        return std::nullopt;
    Request request;
    for (uint32_t i = 0; i < *count; ++i) {
        auto argument = reader.string();
        if (!argument)
            return std::nullopt;
        request.arguments.push_back(std::move(*argument));
    }
    auto folder = reader.string();
    if (!folder || !reader.atEnd())
        return std::nullopt;
    request.workingDirectory = std::move(*folder);
    return request;
}

std::string encodeAnswer(const Answer &answer)
{
    std::string bytes;
    put32(bytes, answer.declined ? 1 : 0);
    put32(bytes, uint32_t(answer.exitCode));
    putString(bytes, answer.out);
    putString(bytes, answer.err);
    return bytes;
}

std::optional<Answer> decodeAnswer(std::string_view bytes)
{
    Reader reader(bytes);
    const auto declined = reader.u32();
    const auto exitCode = reader.u32();
    auto out = reader.string();
    auto err = reader.string();
    if (!declined || *declined > 1 || !exitCode || !out || !err || !reader.atEnd())
        return std::nullopt;
    Answer answer;
    answer.declined = *declined == 1;
    answer.exitCode = int(*exitCode);
    answer.out = std::move(*out);
    answer.err = std::move(*err);
    return answer;
}

bool writeFrame(int fd, std::string_view payload)
{
    std::string frame(Magic);
    put32(frame, uint32_t(payload.size()));
    frame.append(payload);
    std::string_view rest = frame;
    while (!rest.empty()) {
        const ssize_t sent = ::send(fd, rest.data(), rest.size(), MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        rest.remove_prefix(size_t(sent));
    }
    return true;
}

std::optional<std::string> readFrame(int fd, size_t maxBytes, int timeoutMs)
{
    char header[8];
    if (!readExactly(fd, header, sizeof header, timeoutMs) || std::string_view(header, 4) != Magic)
        return std::nullopt;
    uint32_t size;
    std::memcpy(&size, header + 4, 4);
    if (size > maxBytes)
        return std::nullopt;
    std::string payload(size, '\0');
    if (!readExactly(fd, payload.data(), size, timeoutMs))
        return std::nullopt;
    return payload;
}

} // namespace codedesk::service
