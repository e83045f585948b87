#include "console/templateprefill.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Atendo {

QString TemplatePrefill::firstName(const QString& fullName)
{
    const QString trimmed = fullName.simplified();
    return trimmed.section(QLatin1Char(' '), 0, 0);
}

bool TemplatePrefill::isFirstNameKey(const QString& key)
{
    static const QStringList keys {u"first_name"_s, u"firstname"_s, u"primeiro_nome"_s, u"nome"_s, u"name"_s,
        u"nombre"_s, u"customer_first_name"_s, u"customer_name"_s, u"cliente"_s, u"client_name"_s};
    return keys.contains(key.toLower());
}

bool TemplatePrefill::isFullNameKey(const QString& key)
{
    static const QStringList keys {u"full_name"_s, u"nome_completo"_s, u"nombre_completo"_s};
    return keys.contains(key.toLower());
}

TemplateParameters TemplatePrefill::forContact(
    const MessageTemplate& tmpl, const Protocol::ContactInfo& contact)
{
    TemplateParameters params;
    const QString first = firstName(contact.name);
    if (first.isEmpty())
        return params;
    for (const QString& key : tmpl.bodyKeys()) {
        if (isFirstNameKey(key))
            params.body.insert(key, first);
        else if (isFullNameKey(key))
            params.body.insert(key, contact.name.simplified());
    }
    if (tmpl.parameterFormat == ParameterFormat::Positional) {
        // "Olá {{1}}", "Hi {{1}},", "Hola {{1}}!" at the very start of the body.
        static const QRegularExpression greeting(
            u"^\\s*(ol[aá]|oi|hi|hello|hey|hola|buen[oa]s? (d[ií]as|tardes|noches)|bom dia|boa tarde|boa "
            u"noite|"
            u"dear|querid[oa]|prezad[oa]|estimad[oa])[\\s,]+\\{\\{\\s*(\\d+)\\s*\\}\\}"_s,
            QRegularExpression::CaseInsensitiveOption);
        const auto match = greeting.match(tmpl.bodyText);
        if (match.hasMatch())
            params.body.insert(match.captured(3), first);
    }
    return params;
}

} // namespace Atendo
