#include "framescan.h"

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
    qint64 bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
        bytes += u < 0x80 ? 1 : (u < 0x800 || c.isSurrogate()) ? 2 : 3;
    }
    return bytes;
}

} // namespace Atendo::Bench
