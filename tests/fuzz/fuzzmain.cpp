#include "fuzzentries.h"

#include <QString>

#include <cstdio>
#include <cstdlib>

// One libFuzzer target; AMIGO_FUZZ_ENTRY names the FuzzEntry function it drives.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList violations = FuzzEntry::AMIGO_FUZZ_ENTRY(
            QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!violations.isEmpty()) {
        for (const QString &violation : violations)
            std::fprintf(stderr, "property violated: %s\n", qUtf8Printable(violation));
        std::abort();
    }
    return 0;
}
