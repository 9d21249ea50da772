#pragma once

// One fuzz target per parser of outside input. Each target file says
//
//   INZAGE_FUZZ_TARGET(docx) { ...feed data/size to the parser...; return 0; }
//
// In the fuzz build (INZAGE_FUZZ=ON, clang, -fsanitize=fuzzer) that body becomes the file's
// LLVMFuzzerTestOneInput: one libFuzzer executable per target. In the normal and the sanitizer
// build every target is compiled into one replay program (ReplayMain.cpp) that feeds it the seed
// corpus and every crash input ever found (tests/fuzz/corpus, tests/fuzz/regressions), as a ctest.

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace inzage::fuzz {

using TargetFunction = int (*)(const std::uint8_t* data, std::size_t size);

// Replay build only: the table ReplayMain looks targets up in.
struct Registration {
    Registration(const char* name, TargetFunction function);
};

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The exchange key the sealed-file seeds are sealed with (MakeSeeds), so that mutations of a
// seed get past the envelope and its authentication to the payload parser.
inline QByteArray sealKey()
{
    return QByteArrayLiteral("inzage fuzz: vaste sleutel 32 b.");
}

// The passphrase of tests/fuzz/data/ouderexemplaar.inzage (a parent copy of the demo dossier,
// made by MakeSeeds with the cheapest KDF), which the update_content target applies inputs to.
inline constexpr const char* kCopyPassphrase = "fuzz ouderexemplaar demo";

// Once per process, before the first input (libFuzzer's LLVMFuzzerInitialize, or ReplayMain).
void initialise();

} // namespace inzage::fuzz

#ifdef INZAGE_FUZZ_ENGINE
#define INZAGE_FUZZ_TARGET(name)                                                                                       \
    static int inzageFuzzOne(const std::uint8_t* data, std::size_t size);                                              \
    extern "C" int LLVMFuzzerInitialize(int*, char***)                                                                 \
    {                                                                                                                  \
        inzage::fuzz::initialise();                                                                                    \
        return 0;                                                                                                      \
    }                                                                                                                  \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)                                  \
    {                                                                                                                  \
        return inzageFuzzOne(data, size);                                                                              \
    }                                                                                                                  \
    static int inzageFuzzOne(const std::uint8_t* data, std::size_t size)
#else
#define INZAGE_FUZZ_TARGET(name)                                                                                       \
    static int inzageFuzzOne_##name(const std::uint8_t* data, std::size_t size);                                       \
    static const inzage::fuzz::Registration inzageFuzzRegistration_##name(#name, inzageFuzzOne_##name);               \
    static int inzageFuzzOne_##name(const std::uint8_t* data, std::size_t size)
#endif
