#pragma once

#include "core/messagetemplate.h"
#include "core/templateparameters.h"
#include "protocol/contactinfo.h"

namespace Atendo {

// Values the picker can fill in for the agent where the meaning is obvious: a
// named parameter for the customer's name ({{first_name}}, {{nome}}, ...), or a
// positional {{1}} that directly follows a greeting ("Olá {{1}}", "Hi {{1}},").
// Anything less certain is left for the agent.
class TemplatePrefill
{
public:
    [[nodiscard]] static TemplateParameters forContact(
        const MessageTemplate& tmpl, const Protocol::ContactInfo& contact);
    [[nodiscard]] static QString firstName(const QString& fullName);
    [[nodiscard]] static bool isFirstNameKey(const QString& key);
    [[nodiscard]] static bool isFullNameKey(const QString& key);
};

} // namespace Atendo
