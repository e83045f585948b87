#include "console/consoletext.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Atendo {

QString ConsoleText::category(MessageCategory category)
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

QString ConsoleText::templateStatus(TemplateStatus status)
{
    switch (status) {
    case TemplateStatus::Approved:
        return tr("Approved");
    case TemplateStatus::Pending:
        return tr("Pending review");
    case TemplateStatus::Rejected:
        return tr("Rejected");
    case TemplateStatus::Paused:
        return tr("Paused");
    case TemplateStatus::Disabled:
        return tr("Disabled");
    case TemplateStatus::InAppeal:
        return tr("In appeal");
    case TemplateStatus::PendingDeletion:
    case TemplateStatus::Deleted:
        return tr("Deleted");
    case TemplateStatus::LimitExceeded:
        return tr("Limit exceeded");
    case TemplateStatus::Archived:
        return tr("Archived");
    case TemplateStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ConsoleText::notSendableReason(const MessageTemplate& tmpl)
{
    switch (tmpl.status) {
    case TemplateStatus::Approved:
        return {};
    case TemplateStatus::Pending:
        return tr("Still waiting for Meta's review.");
    case TemplateStatus::Rejected:
        if (tmpl.rejectedReason.isEmpty() || tmpl.rejectedReason == u"NONE"_s)
            return tr("Meta rejected this template.");
        return tr("Meta rejected this template (%1).").arg(tmpl.rejectedReason);
    case TemplateStatus::Paused:
        return tr("Meta paused this template because of its quality.");
    case TemplateStatus::Disabled:
        return tr("Meta disabled this template.");
    case TemplateStatus::InAppeal:
        return tr("Its rejection is under appeal.");
    case TemplateStatus::PendingDeletion:
    case TemplateStatus::Deleted:
        return tr("This template was deleted.");
    case TemplateStatus::LimitExceeded:
        return tr("The account reached its template limit.");
    case TemplateStatus::Archived:
        return tr("This template is archived.");
    case TemplateStatus::Unknown:
        break;
    }
    return tr("Its status is unknown; only approved templates can be sent.");
}

QString ConsoleText::paramError(TemplateParamErrorReason reason)
{
    switch (reason) {
    case TemplateParamErrorReason::Missing:
    case TemplateParamErrorReason::Empty:
        return tr("Required");
    case TemplateParamErrorReason::Newline:
        return tr("No line breaks allowed");
    case TemplateParamErrorReason::Tab:
        return tr("No tabs allowed");
    case TemplateParamErrorReason::TooManySpaces:
        return tr("At most 4 spaces in a row");
    case TemplateParamErrorReason::TooLong:
        return tr("Too long");
    case TemplateParamErrorReason::InvalidUrl:
        return tr("Must be an https:// link or a media id");
    case TemplateParamErrorReason::InvalidValue:
        return tr("Not a valid value");
    case TemplateParamErrorReason::Unknown:
        break;
    }
    return tr("Not part of this template");
}

QString ConsoleText::consentState(const QString& state)
{
    if (state == u"opted_in"_s)
        return tr("Opted in");
    if (state == u"opted_out"_s)
        return tr("Opted out");
    return tr("No opt-in recorded");
}

QString ConsoleText::consentKind(const QString& kind)
{
    if (kind == u"opt_in"_s)
        return tr("Opt-in");
    if (kind == u"opt_out"_s)
        return tr("Opt-out");
    if (kind == u"marketing_stop"_s)
        return tr("Stopped marketing");
    if (kind == u"marketing_resume"_s)
        return tr("Resumed marketing");
    return kind;
}

QString ConsoleText::consentSource(const QString& source)
{
    if (source == u"web_form"_s)
        return tr("Web form");
    if (source == u"email"_s)
        return tr("E-mail");
    if (source == u"landing_page"_s)
        return tr("Landing page");
    if (source == u"in_thread_keyword"_s || source == u"keyword"_s)
        return tr("Keyword in chat");
    if (source == u"import"_s)
        return tr("Import");
    if (source == u"api"_s)
        return tr("API");
    if (source == u"agent_on_customer_request"_s)
        return tr("Agent, at the customer's request");
    if (source == u"meta_marketing_stop"_s)
        return tr("WhatsApp \"stop marketing\"");
    return source;
}

QString ConsoleText::consentActor(const QString& actor)
{
    if (actor == u"customer"_s)
        return tr("Customer");
    if (actor == u"system"_s)
        return tr("System");
    if (actor.startsWith(u"agent:"_s))
        return tr("Agent %1").arg(actor.mid(6));
    if (actor.startsWith(u"api:"_s))
        return tr("API key %1").arg(actor.mid(4));
    return actor;
}

QString ConsoleText::error(Protocol::ErrorCode code)
{
    using Protocol::ErrorCode;
    switch (code) {
    case ErrorCode::BadRequest:
        return tr("The server did not understand the request.");
    case ErrorCode::UnknownOp:
        return tr("The server does not support this action.");
    case ErrorCode::FrameTooLarge:
        return tr("The message is too large.");
    case ErrorCode::VersionMismatch:
        return tr("This console's version does not match the server. Please update Atendo.");
    case ErrorCode::Unauthenticated:
        return tr("Wrong username or password.");
    case ErrorCode::Forbidden:
        return tr("Your role does not allow this.");
    case ErrorCode::NotFound:
        return tr("It no longer exists.");
    case ErrorCode::Conflict:
        return tr("Someone else changed it first.");
    case ErrorCode::NotAssigned:
        return tr("This conversation is not assigned to you.");
    case ErrorCode::WindowClosed:
        return tr("The 24-hour window is closed: only an approved template can be sent.");
    case ErrorCode::ContactOptedOut:
        return tr("The contact opted out: nothing can be sent to them.");
    case ErrorCode::NoOptIn:
        return tr("The contact never opted in and has no open window.");
    case ErrorCode::MarketingStopped:
        return tr("The contact stopped marketing messages.");
    case ErrorCode::TemplateNotApproved:
        return tr("The template is not approved.");
    case ErrorCode::TemplateParamsInvalid:
        return tr("A template variable is missing or invalid.");
    case ErrorCode::RateLimited:
        return tr("Too many requests; please wait a moment.");
    case ErrorCode::Internal:
        break;
    }
    return tr("The server failed; nothing was changed.");
}

QString ConsoleText::deliveryStatus(const QString& status)
{
    if (status == u"pending"_s || status == u"queued"_s)
        return tr("Sending…");
    if (status == u"sent"_s)
        return tr("Sent");
    if (status == u"delivered"_s)
        return tr("Delivered");
    if (status == u"read"_s)
        return tr("Read");
    if (status == u"failed"_s)
        return tr("Failed");
    return {};
}

QString ConsoleText::messagePreview(const QString& preview)
{
    // Only a whole "[kind]" is a tag: a customer's own "[ok]" text stays as written.
    static const QRegularExpression tag(u"\\A\\[([a-z_]+)\\]\\z"_s);
    const QRegularExpressionMatch match = tag.match(preview);
    if (!match.hasMatch())
        return preview;
    const QString word = messageKind(match.captured(1));
    return word.isEmpty() ? preview : word;
}

QString ConsoleText::messageKind(const QString& kind)
{
    static const QHash<QString, std::pair<const char*, const char*>> words {
        {u"image"_s, {"\U0001F4F7", QT_TR_NOOP("Photo")}},
        {u"video"_s, {"\U0001F3A5", QT_TR_NOOP("Video")}},
        {u"audio"_s, {"\U0001F3A4", QT_TR_NOOP("Audio")}},
        {u"document"_s, {"\U0001F4C4", QT_TR_NOOP("Document")}},
        {u"sticker"_s, {"\U0001F5BC", QT_TR_NOOP("Sticker")}},
        {u"location"_s, {"\U0001F4CD", QT_TR_NOOP("Location")}},
        {u"reaction"_s, {"\U0001F44D", QT_TR_NOOP("Reaction")}},
        {u"interactive"_s, {"\U0001F518", QT_TR_NOOP("Reply to options")}},
        {u"button"_s, {"\U0001F518", QT_TR_NOOP("Button reply")}},
        {u"template"_s, {"\U0001F4CB", QT_TR_NOOP("Template")}},
        {u"unsupported"_s, {"\u2753", QT_TR_NOOP("Unsupported message")}},
    };
    const auto it = words.constFind(kind);
    if (it == words.cend())
        return {};
    return QString::fromUtf8(it->first) + u' ' + tr(it->second);
}

QString ConsoleText::startBlockReason(const QString& code)
{
    if (code == u"contact_opted_out"_s)
        return tr("Opted out — cannot be contacted");
    if (code == u"no_opt_in"_s)
        return tr("No opt-in on record");
    return {};
}

} // namespace Atendo
