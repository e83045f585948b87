#include "core/messagecategory.h"

using namespace Qt::StringLiterals;

namespace Atendo {

QString messageCategoryName(MessageCategory category)
{
    switch (category) {
    case MessageCategory::Service:
        return u"service"_s;
    case MessageCategory::Marketing:
        return u"marketing"_s;
    case MessageCategory::Utility:
        return u"utility"_s;
    case MessageCategory::Authentication:
        return u"authentication"_s;
    }
    return {};
}

std::optional<MessageCategory> messageCategoryFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    for (const auto category : {MessageCategory::Service, MessageCategory::Marketing,
             MessageCategory::Utility, MessageCategory::Authentication}) {
        if (lower == messageCategoryName(category))
            return category;
    }
    return std::nullopt;
}

} // namespace Atendo
