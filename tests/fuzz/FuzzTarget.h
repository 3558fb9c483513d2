#pragma once

#include <cstddef>
#include <cstdint>

// The libFuzzer entry point every target in tests/fuzz defines. With clang and -fsanitize=fuzzer
// libFuzzer drives it (`make fuzz`); replay_main.cpp calls it on the corpus in every normal build.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
