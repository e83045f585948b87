#pragma once

#include "cloudapi/cloudapierror.h"
#include "cloudapi/webhookorigin.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atendo {

enum class InboundType
{
    Text,
    Image,
    Video,
    Audio,
    Document,
    Sticker,
    Location,
    Interactive,
    Button,
    Reaction,
    Unsupported,
    Unknown, // a type this build does not know; raw keeps everything
};

// One item of a messages webhook's value.messages[], with the sender's profile
// from value.contacts[] folded in.
class InboundMessage
{
public:
    struct Media
    {
        QString id; // media id, resolved with GET /{media-id}
        QString mimeType;
        QString sha256;
        QString caption;
        QString filename; // documents
        QString url;
        bool voice = false; // audio recorded as a voice note
    };

    struct Location
    {
        double latitude = 0;
        double longitude = 0;
        QString name;
        QString address;
        QString url;
    };

    struct InteractiveReply
    {
        QString kind; // "button_reply" or "list_reply"
        QString id;
        QString title;
        QString description; // list_reply only
    };

    // A quick-reply button tapped in a template.
    struct Button
    {
        QString payload;
        QString text;
    };

    struct Reaction
    {
        QString messageId; // the business message reacted to
        QString emoji;
        bool removed = false; // Meta omits emoji when the user takes a reaction back
    };

    struct Context
    {
        QString from;
        QString id; // the message replied to / tapped
        bool forwarded = false;
        bool frequentlyForwarded = false;
        QJsonObject referredProduct;
    };

    // Click-to-WhatsApp ad or Page CTA: its presence is what makes a free entry point possible.
    struct Referral
    {
        QString sourceUrl;
        QString sourceId;
        QString sourceType;
        QString body;
        QString headline;
        QString mediaType;
        QString imageUrl;
        QString videoUrl;
        QString thumbnailUrl;
        QString ctwaClid;
        QString welcomeMessageText;
    };

    WebhookOrigin origin;
    QString wamid;
    QString from; // wa_id; empty for users known only by username
    QString fromUserId; // business-scoped user id (BSUID)
    QString parentUserId;
    QString username;
    QString profileName;
    QDateTime timestamp; // UTC; when the user sent it, which is what opens the 24 h window
    InboundType type = InboundType::Unknown;
    QString typeName; // as Meta wrote it
    QString text; // text.body, the media caption, or the title of the button/list row tapped
    std::optional<Media> media;
    std::optional<Location> location;
    std::optional<InteractiveReply> interactive;
    std::optional<Button> button;
    std::optional<Reaction> reaction;
    std::optional<Context> context;
    std::optional<Referral> referral;
    QList<CloudApiError> errors;
    QJsonObject raw; // the whole item, unknown fields included

    // The stable contact key: the BSUID when Meta sent one, else the phone.
    [[nodiscard]] QString contactKey() const { return fromUserId.isEmpty() ? from : fromUserId; }
    [[nodiscard]] bool isFromAd() const { return referral.has_value(); }

    [[nodiscard]] static InboundType typeFromName(const QString& name);
    [[nodiscard]] static QString nameOfType(InboundType type);

    // Parses one messages[] item. contacts is value.contacts; problems go to
    // warnings. nullopt when the item is unusable (not an object, no id).
    [[nodiscard]] static std::optional<InboundMessage> fromJson(const QJsonValue& item,
        const QJsonArray& contacts, const WebhookOrigin& origin, QStringList& warnings);
};

} // namespace Atendo
