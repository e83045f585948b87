#pragma once

#include "core/messagecategory.h"
#include "core/messagetemplate.h"
#include "core/templatevalidator.h"
#include "protocol/errorcode.h"

#include <QCoreApplication>
#include <QString>

namespace Atendo {

// Translated wording for the values that come from core and the wire. Core speaks
// English for logs; everything an agent reads goes through tr() here.
class ConsoleText
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleText)

public:
    [[nodiscard]] static QString category(MessageCategory category);
    [[nodiscard]] static QString templateStatus(TemplateStatus status);
    // Why a template cannot be sent; empty when it can.
    [[nodiscard]] static QString notSendableReason(const MessageTemplate& tmpl);
    [[nodiscard]] static QString paramError(TemplateParamErrorReason reason);
    // "opted_in" and friends.
    [[nodiscard]] static QString consentState(const QString& state);
    [[nodiscard]] static QString consentKind(const QString& kind);
    [[nodiscard]] static QString consentSource(const QString& source);
    [[nodiscard]] static QString consentActor(const QString& actor);
    [[nodiscard]] static QString error(Protocol::ErrorCode code);
    // Delivery status: "pending", "sent", ...
    [[nodiscard]] static QString deliveryStatus(const QString& status);
    // An inbox preview: the server's "[image]", "[location]"… tags (a message
    // with no text) become a translated word with an emoji; any other text is
    // the customer's and passes through unchanged.
    [[nodiscard]] static QString messagePreview(const QString& preview);
    // A message kind ("image", "audio"…) as an agent reads it: "📷 Photo".
    [[nodiscard]] static QString messageKind(const QString& kind);
    // Why a conversation cannot be started with a contact ("contact_opted_out",
    // "no_opt_in"); empty for "".
    [[nodiscard]] static QString startBlockReason(const QString& code);
};

} // namespace Atendo
