#include "client/leadtext.h"

namespace Atendo {

using namespace Qt::StringLiterals;

QString LeadText::duration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QChar(u'0'));
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(secs, 2, 10, QChar(u'0'));
    return tr("%1 s").arg(secs);
}

QString LeadText::durationOrDash(const std::optional<qint64>& seconds)
{
    return seconds ? duration(*seconds) : dash();
}

QString LeadText::presence(const QString& presence)
{
    if (presence == u"online"_s)
        return tr("online");
    if (presence == u"away"_s)
        return tr("away");
    return tr("offline");
}

QString LeadText::state(const QString& state)
{
    if (state == u"open"_s)
        return tr("open");
    if (state == u"pending"_s)
        return tr("pending");
    if (state == u"resolved"_s)
        return tr("resolved");
    return state;
}

QString LeadText::category(MessageCategory category)
{
    switch (category) {
    case MessageCategory::Service:
        return tr("Service");
    case MessageCategory::Marketing:
        return tr("Marketing");
    case MessageCategory::Utility:
        return tr("Utility");
    case MessageCategory::Authentication:
        return tr("Authentication");
    }
    return {};
}

} // namespace Atendo
