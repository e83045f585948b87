#include "console/contactpanel.h"

#include "console/consoletext.h"
#include "console/messagebox.h"
#include "console/themecolors.h"
#include "core/phonenumber.h"
#include "ui_contactpanel.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLocale>

namespace Atendo {

ContactPanel::ContactPanel(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ContactPanel>())
{
    m_ui->setupUi(this);
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    styleBadge();
    m_ui->historyTree->setColumnCount(1);
    m_ui->historyTree->setHeaderHidden(true);
    connect(m_ui->recordOptOutButton, &QPushButton::clicked, this, &ContactPanel::recordOptOut);
    clear();
}

ContactPanel::~ContactPanel() = default;

void ContactPanel::clear()
{
    setContact(Protocol::ContactInfo {});
}

void ContactPanel::setContact(const Protocol::ContactInfo& contact)
{
    m_contact = contact;
    const bool present = contact.id != 0;
    const QString phone = contact.phone.isEmpty() ? QString() : PhoneNumber::display(contact.phone);
    m_ui->nameLabel->setText(
        present ? (contact.name.isEmpty() ? phone : contact.name) : tr("No contact selected"));
    m_ui->phoneLabel->setText(phone.isEmpty() && present ? tr("Number not shared") : phone);
    m_ui->consentLabel->setText(present ? ConsoleText::consentState(contact.consentState) : QString());
    m_ui->marketingLabel->setText(
        present ? (contact.marketingStopped ? tr("Stopped by the customer") : tr("Allowed")) : QString());

    const bool optedOut = contact.isOptedOut();
    m_ui->nonContactableBadge->setVisible(optedOut);
    m_ui->nonContactableReason->setVisible(optedOut);
    if (optedOut) {
        QString since;
        for (const auto& event : contact.consentHistory) {
            if (event.kind == QLatin1StringView("opt_out"))
                since = QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        }
        m_ui->nonContactableReason->setText(since.isEmpty()
                ? tr("This customer opted out. Nothing can be sent to them until they opt in again "
                     "themselves.")
                : tr("This customer opted out on %1. Nothing can be sent to them until they opt in again "
                     "themselves.")
                      .arg(since));
    }

    m_ui->historyTree->clear();
    for (const auto& event : contact.consentHistory) {
        // One multi-line entry per event: the panel is too narrow for five columns.
        auto* item = new QTreeWidgetItem(m_ui->historyTree);
        const QString when = QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        QStringList lines {tr("%1 · %2").arg(ConsoleText::consentKind(event.kind), when),
            tr("%1 · by %2")
                .arg(ConsoleText::consentSource(event.source), ConsoleText::consentActor(event.actor))};
        if (!event.evidence.isEmpty())
            lines << tr("“%1”").arg(event.evidence);
        item->setText(0, lines.join(QLatin1Char('\n')));
        item->setToolTip(0, lines.join(QLatin1Char('\n')));
    }
    m_ui->historyCaption->setVisible(present);
    m_ui->historyTree->setVisible(present);
    m_ui->consentCaption->setVisible(present);
    m_ui->marketingCaption->setVisible(present);

    m_ui->recordOptOutButton->setVisible(present);
    m_ui->recordOptOutButton->setEnabled(present && !optedOut);
    m_ui->recordOptOutButton->setToolTip(optedOut ? tr("The customer has already opted out.")
                                                  : tr("Use when the customer asks not to be contacted any "
                                                       "more. Only the customer can opt in again."));
}

bool ContactPanel::isBadgeShown() const
{
    return !m_ui->nonContactableBadge->isHidden();
}

QString ContactPanel::consentText() const
{
    return m_ui->consentLabel->text();
}

bool ContactPanel::canRecordOptOut() const
{
    return m_ui->recordOptOutButton->isEnabled() && !m_ui->recordOptOutButton->isHidden();
}

int ContactPanel::historyCount() const
{
    return m_ui->historyTree->topLevelItemCount();
}

void ContactPanel::recordOptOut()
{
    if (!canRecordOptOut())
        return;
    const QString who = m_contact.name.isEmpty() ? PhoneNumber::display(m_contact.phone) : m_contact.name;
    const auto answer = MessageBox::question(this, tr("Record opt-out"),
        tr("Record that %1 asked not to be contacted any more?\n\nNobody will be able to send them anything "
           "until they opt in again themselves. This cannot be undone by an agent.")
            .arg(who));
    if (answer != QMessageBox::Yes)
        return;
    Q_EMIT optOutRequested(m_contact.id, tr("Customer asked an agent to stop messages"));
}

void ContactPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        styleBadge();
    else if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
}

void ContactPanel::styleBadge()
{
    const QColor danger = ThemeColors::danger(QGuiApplication::palette());
    m_ui->nonContactableBadge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 6px; "
                       "border-radius: 4px; }")
            .arg(danger.name()));
}

} // namespace Atendo
