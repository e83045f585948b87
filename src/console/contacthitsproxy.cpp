#include "console/contacthitsproxy.h"

#include "client/contactsearchmodel.h"
#include "console/consoletext.h"

using namespace Qt::StringLiterals;

namespace Atendo {

ContactHitsProxy::ContactHitsProxy(QObject* parent) : QIdentityProxyModel(parent)
{ }

QString ContactHitsProxy::consentLine(const QModelIndex& index)
{
    const QString consent
        = ConsoleText::consentState(index.data(ContactSearchModel::ConsentStateRole).toString());
    const QString reason
        = ConsoleText::startBlockReason(index.data(ContactSearchModel::BlockReasonRole).toString());
    // A blocked contact shows why; the reason already names the consent state.
    QString line = reason.isEmpty() ? consent : reason;
    if (index.data(ContactSearchModel::OpenConversationIdRole).toLongLong() > 0)
        line = tr("%1 · open conversation").arg(line);
    return line;
}

QVariant ContactHitsProxy::data(const QModelIndex& index, int role) const
{
    const QModelIndex source = mapToSource(index);
    if (role == Qt::DisplayRole) {
        const QString name = source.data(ContactSearchModel::NameRole).toString();
        const QString phone = source.data(ContactSearchModel::PhoneRole).toString();
        QString first = name.isEmpty() ? phone : name;
        if (!name.isEmpty() && !phone.isEmpty())
            first = tr("%1 (%2)").arg(name, phone);
        if (first.isEmpty())
            first = tr("Unnamed contact");
        return QString(first + u'\n' + consentLine(source));
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
        return consentLine(source);
    return QIdentityProxyModel::data(index, role);
}

} // namespace Atendo
