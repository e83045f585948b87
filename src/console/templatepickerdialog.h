#pragma once

#include "core/messagetemplate.h"
#include "core/ratecard.h"
#include "core/templateparameters.h"
#include "protocol/contactinfo.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class TemplatePickerDialog;
}

namespace Atendo {

class TemplatePreview;

// Choose an approved template and fill its variables. Every template is listed
// with its status; those that cannot be sent are disabled with the reason. The
// form is generated from MessageTemplate::fields() (header media and button
// parameters included), the preview is drawn like the bubble it becomes, and Send
// stays disabled until TemplateValidator finds nothing wrong. A notice tells what
// the message will be billed as, with an estimate from the rate card.
class TemplatePickerDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePickerDialog)

public:
    explicit TemplatePickerDialog(QWidget* parent = nullptr);
    ~TemplatePickerDialog() override;

    void setTemplates(const QList<MessageTemplate>& templates);
    void setContact(const Protocol::ContactInfo& contact);
    void setWindowOpen(bool open);
    void setRateCard(const std::optional<RateCard>& rateCard);

    // Selects a listed, sendable template; false when there is none by that name.
    bool selectTemplate(const QString& name, const QString& language = {});
    void setSearchText(const QString& text);

    [[nodiscard]] std::optional<MessageTemplate> currentTemplate() const;
    [[nodiscard]] TemplateParameters parameters() const;
    [[nodiscard]] bool canSend() const;
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] QString billingNotice() const;
    [[nodiscard]] QString blockedReason() const;

    // For tests and keyboard automation: the list and the generated editors.
    [[nodiscard]] QSortFilterProxyModel* listModel() const { return m_proxy; }
    [[nodiscard]] QList<QLineEdit*> fieldEditors() const;
    [[nodiscard]] QPushButton* sendButton() const { return m_send; }
    // The error shown under a field ("" when fine or not touched yet).
    [[nodiscard]] QString fieldError(int index) const;

    static constexpr int TemplateIndexRole = Qt::UserRole + 1;
    static constexpr int SendableRole = Qt::UserRole + 2;
    static constexpr int SearchRole = Qt::UserRole + 3;

private:
    struct FieldEditor
    {
        TemplateField field;
        QLineEdit* edit {nullptr};
        QLabel* error {nullptr};
        bool touched {false};
    };

    void rebuildList();
    void onCurrentChanged();
    void buildForm(const MessageTemplate& tmpl);
    void clearForm();
    void revalidate();
    void updateBlocked();
    void updateBilling();
    [[nodiscard]] QString fieldLabel(const MessageTemplate& tmpl, const TemplateField& field) const;

    std::unique_ptr<Ui::TemplatePickerDialog> m_ui;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    TemplatePreview* m_preview;
    QPushButton* m_send;
    QList<MessageTemplate> m_templates;
    int m_current {-1};
    QList<FieldEditor> m_fields;
    Protocol::ContactInfo m_contact;
    bool m_windowOpen {false};
    std::optional<RateCard> m_rateCard;
    bool m_valid {false};
};

} // namespace Atendo
