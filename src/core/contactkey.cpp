#include "core/contactkey.h"

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

const QString BsuidPrefix = u"bsuid:"_s;
const QString WaIdPrefix = u"wa:"_s;

} // namespace

QString ContactKey::from(const QString& userId, const QString& waId)
{
    const QString user = userId.trimmed();
    if (!user.isEmpty())
        return BsuidPrefix + user;
    QString wa = waId.trimmed();
    if (wa.startsWith(u'+'))
        wa.remove(0, 1);
    if (!wa.isEmpty())
        return WaIdPrefix + wa;
    return {};
}

bool ContactKey::isBsuid(const QString& key)
{
    return key.startsWith(BsuidPrefix) && key.size() > BsuidPrefix.size();
}

bool ContactKey::isWaId(const QString& key)
{
    return key.startsWith(WaIdPrefix) && key.size() > WaIdPrefix.size();
}

QString ContactKey::value(const QString& key)
{
    if (isBsuid(key))
        return key.mid(BsuidPrefix.size());
    if (isWaId(key))
        return key.mid(WaIdPrefix.size());
    return {};
}

} // namespace Atendo
