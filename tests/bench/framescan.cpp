#include "framescan.h"

#include <QStringView>

namespace Atendo::Bench {

qint64 FrameScan::lastSeq(QStringView text)
{
    static constexpr QStringView Needle = u"\"seq\":";
    const qsizetype at = text.lastIndexOf(Needle);
    if (at < 0)
        return 0;
    qsizetype i = at + Needle.size();
    while (i < text.size() && text.at(i) == u' ')
        ++i;
    qint64 seq = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            break;
        seq = seq * 10 + (c - u'0');
    }
    return seq;
}

qint64 FrameScan::utf8Size(QStringView text)
{
    // Frames are nearly all ASCII: whole blocks that are (Qt's SIMD check)
    // count one byte per char, and only a block with an accent or an emoji is
    // walked char by char. Walking every char cost the fleet more CPU than
    // receiving the frames.
    constexpr qsizetype Block = 256;
    qint64 bytes = 0;
    for (qsizetype at = 0; at < text.size(); at += Block) {
        const QStringView block = text.mid(at, Block);
        if (QtPrivate::isAscii(block)) {
            bytes += block.size();
            continue;
        }
        for (const QChar c : block) {
            const char16_t u = c.unicode();
            // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
            bytes += u < 0x80 ? 1 : (u < 0x800 || c.isSurrogate()) ? 2 : 3;
        }
    }
    return bytes;
}

} // namespace Atendo::Bench
