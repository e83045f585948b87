#pragma once

#include "protocol/contactinfo.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QLineEdit;
class QListView;
class QPushButton;

namespace Ui {
class NewConversationDialog;
}

namespace Atendo {

class AgentSession;
class ContactHitsProxy;
class ContactSearchModel;

// Step one of "New conversation": find the customer on the server by name or
// number and see their consent. Opted-out contacts and those with no opt-in on
// record are listed disabled with the reason; a contact who already has an open
// conversation is opened instead of started twice. Accepting hands the chosen
// contact to NewConversationFlow, which opens the template picker.
class NewConversationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewConversationDialog)

public:
    explicit NewConversationDialog(AgentSession* session, QWidget* parent = nullptr);
    ~NewConversationDialog() override;

    [[nodiscard]] Protocol::ContactInfo chosenContact() const;
    // The contact's conversation that is still open; 0 when a new one is needed.
    [[nodiscard]] qint64 chosenConversationId() const;

    // For tests and keyboard automation.
    [[nodiscard]] QLineEdit* searchEdit() const;
    [[nodiscard]] QListView* contactList() const;
    [[nodiscard]] QPushButton* chooseButton() const { return m_choose; }
    [[nodiscard]] ContactSearchModel* results() const { return m_model; }
    [[nodiscard]] QString statusText() const;
    // Runs the pending search now instead of after the typing pause.
    void searchNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSearchFinished(const QString& error);
    void updateChoice();
    void chooseCurrent();
    void focusFirstChoice();
    [[nodiscard]] int currentRow() const;

    std::unique_ptr<Ui::NewConversationDialog> m_ui;
    ContactSearchModel* m_model;
    ContactHitsProxy* m_proxy;
    QPushButton* m_choose;
    QTimer m_typingPause;
};

} // namespace Atendo
