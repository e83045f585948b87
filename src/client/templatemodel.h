#pragma once

#include "client/keyedlistmodel.h"
#include "core/messagetemplate.h"

namespace Atendo {

class AgentSession;

// Every template the server knows, whatever its status: the picker lists the
// non-sendable ones too, disabled, with the reason (Chatwoot hides them, and
// agents are left guessing why a template is missing).
class TemplateModel : public KeyedListModel<MessageTemplate, QString>
{
    Q_OBJECT

public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        LanguageRole,
        CategoryRole, // marketing | utility | authentication
        StatusRole, // APPROVED, PENDING, REJECTED, PAUSED, ...
        SendableRole,
        NotSendableReasonRole,
        BodyRole,
        TemplateRole, // the whole MessageTemplate
        QualityRole,
        IdRole,
    };
    Q_ENUM(Role)

    explicit TemplateModel(AgentSession* session = nullptr, QObject* parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setTemplates(const QList<MessageTemplate>& templates);

protected:
    [[nodiscard]] QString keyOf(const MessageTemplate& tmpl) const override;
};

} // namespace Atendo
