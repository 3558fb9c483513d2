#pragma once

#include <atomic>
#include <functional>

namespace codedesk {

// How a caller steers a long import: a cancel flag it may set from another thread and a progress
// callback (0.0 .. 1.0). Both are optional; importers poll the flag every few thousand lines.
struct ImportControl
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(double fraction)> progress;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(double fraction) const
    {
        if (progress)
            progress(fraction);
    }
};

} // namespace codedesk
