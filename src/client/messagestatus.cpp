#include "client/messagestatus.h"

namespace Atendo::MessageStatus {

using namespace Qt::StringLiterals;

int rank(const QString& status)
{
    static const QStringList order {
        u"pending"_s, u"queued"_s, u"sent"_s, u"delivered"_s, u"read"_s, u"failed"_s};
    if (status == u"received"_s)
        return 0;
    return int(order.indexOf(status));
}

bool applyStatusData(Protocol::MessageInfo& message, const QJsonObject& data)
{
    const Protocol::MessageInfo before = message;
    const QString status = data.value(u"status"_s).toString();
    if (!status.isEmpty() && rank(status) > rank(message.status))
        message.status = status;
    const QString wamid = data.value(u"wamid"_s).toString();
    if (!wamid.isEmpty())
        message.wamid = wamid;
    const QJsonObject error = data.value(u"error"_s).toObject();
    if (!error.isEmpty() && message.status == u"failed"_s) {
        message.errorCode = error.value(u"code"_s).toString();
        message.errorMessage = error.value(u"message"_s).toString();
    }
    const QJsonObject pricing = data.value(u"pricing"_s).toObject();
    if (!pricing.isEmpty())
        message.pricing = pricing;
    return !(before == message);
}

Protocol::MessageInfo merged(const Protocol::MessageInfo& shown, const Protocol::MessageInfo& incoming)
{
    Protocol::MessageInfo result = incoming;
    if (rank(shown.status) > rank(incoming.status)) {
        result.status = shown.status;
        result.errorCode = shown.errorCode;
        result.errorMessage = shown.errorMessage;
    }
    if (result.wamid.isEmpty())
        result.wamid = shown.wamid;
    if (result.pricing.isEmpty())
        result.pricing = shown.pricing;
    return result;
}

} // namespace Atendo::MessageStatus
