#pragma once

#include "protocol/contactinfo.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ContactPanel;
}

namespace Atendo {

// The right-hand panel: who the customer is and whether they may be contacted.
// An opted-out contact gets a prominent NON-CONTACTABLE badge. The only consent
// change an agent can make is recording an opt-out the customer asked for (with
// confirmation); there is deliberately no way to record an opt-in here.
class ContactPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPanel)

public:
    explicit ContactPanel(QWidget* parent = nullptr);
    ~ContactPanel() override;

    void setContact(const Protocol::ContactInfo& contact);
    void clear();
    [[nodiscard]] const Protocol::ContactInfo& contact() const { return m_contact; }

    [[nodiscard]] bool isBadgeShown() const;
    [[nodiscard]] QString consentText() const;
    [[nodiscard]] bool canRecordOptOut() const;
    [[nodiscard]] int historyCount() const;

public Q_SLOTS:
    // Asks for confirmation, then emits optOutRequested.
    void recordOptOut();

Q_SIGNALS:
    void optOutRequested(qint64 contactId, const QString& evidence);

protected:
    void changeEvent(QEvent* event) override;

private:
    void styleBadge();

    std::unique_ptr<Ui::ContactPanel> m_ui;
    Protocol::ContactInfo m_contact;
};

} // namespace Atendo
