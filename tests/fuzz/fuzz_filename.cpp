// libFuzzer target for FileNameSanitizer: whatever a handset calls a file, the result must be a
// safe single path component (and a relative path must never leave its folder). The first byte
// chooses how the rest is read: UTF-16 code units (lone surrogates included) or UTF-8.

#include "model/export/FileNameSanitizer.h"

#include <QSet>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Lifeboat;

namespace {

[[noreturn]] void fail(const char *what, const QString &input, const QString &output)
{
    std::fprintf(stderr, "FileNameSanitizer invariant broken: %s\n  in:  %s\n  out: %s\n", what,
                 input.toUtf8().toHex().constData(), output.toUtf8().toHex().constData());
    std::abort();
}

bool isWindowsDeviceStem(const QString &name)
{
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList reserved{QStringLiteral("CON"), QStringLiteral("PRN"),
                                      QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (reserved.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(u"COM") || stem.startsWith(u"LPT"))
        && stem.at(3) >= u'1' && stem.at(3) <= u'9';
}

void checkComponent(const QString &input, const QString &name)
{
    if (name.isEmpty())
        fail("empty", input, name);
    if (name == u"." || name == u"..")
        fail("dot name", input, name);
    if (name.toUtf8().size() > FileNameSanitizer::MaxNameBytes)
        fail("longer than MaxNameBytes", input, name);
    if (name.back() == u'.' || name.back() == u' ')
        fail("trailing dot or space", input, name);
    if (isWindowsDeviceStem(name))
        fail("Windows device name", input, name);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            fail("control character", input, name);
        if (QStringView(u"/\\<>:\"|?*").contains(c))
            fail("forbidden character", input, name);
        if (c.isHighSurrogate() && (i + 1 == name.size() || !name.at(i + 1).isLowSurrogate()))
            fail("lone high surrogate", input, name);
        if (c.isLowSurrogate() && (i == 0 || !name.at(i - 1).isHighSurrogate()))
            fail("lone low surrogate", input, name);
    }
    // What is safe stays as it is: exporting twice gives the same names.
    if (FileNameSanitizer::sanitizeName(name) != name)
        fail("not idempotent", input, name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    const char *text = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    QString input;
    if (data[0] & 1) {
        input.resize(length / 2); // copied: the fuzzer's bytes need not be aligned for char16_t
        std::memcpy(input.data(), text, size_t(length / 2) * 2);
    } else {
        input = QString::fromUtf8(text, length);
    }

    const QString name = FileNameSanitizer::sanitizeName(input);
    checkComponent(input, name);

    // The numbered alternative for a name already taken is a safe component as well.
    const QSet<QString> taken{name};
    checkComponent(input, FileNameSanitizer::uniqueName(name, taken));

    const QString path = FileNameSanitizer::sanitizeRelativePath(input);
    if (path.startsWith(u'/'))
        fail("absolute path", input, path);
    for (const QString &component : path.split(u'/'))
        checkComponent(input, component);
    return 0;
}
