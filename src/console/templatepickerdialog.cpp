#include "console/templatepickerdialog.h"

#include "console/consoletext.h"
#include "console/templateprefill.h"
#include "console/templatepreview.h"
#include "console/themecolors.h"
#include "core/templaterenderer.h"
#include "core/templatevalidator.h"
#include "ui_templatepickerdialog.h"

#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace Atendo {

TemplatePickerDialog::TemplatePickerDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplatePickerDialog>())
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_preview(new TemplatePreview(this))
{
    m_ui->setupUi(this);
    m_send = m_ui->buttonBox->addButton(tr("Send template"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"sendTemplateButton"_s);
    m_send->setAccessibleName(tr("Send template"));
    m_send->setEnabled(false);
    m_ui->previewLayout->addWidget(m_preview);
    m_ui->previewLayout->addStretch();
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->templateList->setModel(m_proxy);
    m_ui->templateList->setSpacing(2);

    const QColor danger = ThemeColors::danger(QGuiApplication::palette());
    m_ui->blockedLabel->setStyleSheet(u"QLabel { color: %1; font-weight: bold; }"_s.arg(danger.name()));
    m_ui->blockedLabel->hide();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->templateList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &TemplatePickerDialog::onCurrentChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (canSend())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    clearForm();
}

TemplatePickerDialog::~TemplatePickerDialog() = default;

void TemplatePickerDialog::setTemplates(const QList<MessageTemplate>& templates)
{
    m_templates = templates;
    rebuildList();
}

void TemplatePickerDialog::setContact(const Protocol::ContactInfo& contact)
{
    m_contact = contact;
    m_ui->splitter->setEnabled(!contact.isOptedOut());
    if (m_current >= 0)
        buildForm(m_templates.at(m_current));
    updateBlocked();
}

void TemplatePickerDialog::setWindowOpen(bool open)
{
    m_windowOpen = open;
    updateBilling();
    updateBlocked();
}

void TemplatePickerDialog::updateBlocked()
{
    const QString reason = blockedReason();
    m_ui->blockedLabel->setVisible(!reason.isEmpty());
    m_ui->blockedLabel->setText(reason);
    revalidate();
}

void TemplatePickerDialog::setRateCard(const std::optional<RateCard>& rateCard)
{
    m_rateCard = rateCard;
    updateBilling();
}

void TemplatePickerDialog::setSearchText(const QString& text)
{
    m_ui->searchEdit->setText(text);
}

QString TemplatePickerDialog::blockedReason() const
{
    if (m_contact.isOptedOut())
        return tr("NON-CONTACTABLE: this customer opted out. No template can be sent to them.");
    // A person who wrote first may get templates while the window is open; after
    // that only with a recorded opt-in (MessagingPolicy).
    if (m_contact.id != 0 && !m_windowOpen && m_contact.consentState != u"opted_in"_s)
        return tr("This customer has no recorded opt-in and the 24-hour window is closed: no template can be "
                  "sent until they write again or opt in themselves.");
    return {};
}

void TemplatePickerDialog::rebuildList()
{
    m_model->clear();
    m_current = -1;
    for (int i = 0; i < m_templates.size(); ++i) {
        const MessageTemplate& tmpl = m_templates.at(i);
        const bool sendable = tmpl.isSendable();
        const QString category = ConsoleText::category(tmpl.category);
        const QString status = ConsoleText::templateStatus(tmpl.status);
        QString second = status;
        if (!sendable)
            second = tr("%1 — %2").arg(status, ConsoleText::notSendableReason(tmpl));
        auto* item = new QStandardItem(u"%1 · %2 · %3\n%4"_s.arg(tmpl.name, tmpl.language, category, second));
        item->setData(i, TemplateIndexRole);
        item->setData(sendable, SendableRole);
        item->setData(QStringList {tmpl.name, tmpl.language, category, messageCategoryName(tmpl.category),
                          tmpl.headerText, tmpl.bodyText, tmpl.footerText, status}
                          .join(QLatin1Char('\n')),
            SearchRole);
        item->setToolTip(sendable ? tmpl.bodyText : ConsoleText::notSendableReason(tmpl));
        item->setEditable(false);
        if (!sendable)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        m_model->appendRow(item);
    }
    onCurrentChanged();
}

bool TemplatePickerDialog::selectTemplate(const QString& name, const QString& language)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const MessageTemplate& tmpl = m_templates.at(index.data(TemplateIndexRole).toInt());
        if (tmpl.name == name && (language.isEmpty() || tmpl.language == language)
            && index.data(SendableRole).toBool()) {
            m_ui->templateList->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

std::optional<MessageTemplate> TemplatePickerDialog::currentTemplate() const
{
    if (m_current < 0)
        return std::nullopt;
    return m_templates.at(m_current);
}

void TemplatePickerDialog::onCurrentChanged()
{
    const QModelIndex index = m_ui->templateList->currentIndex();
    if (!index.isValid() || !index.data(SendableRole).toBool()) {
        m_current = -1;
        clearForm();
        return;
    }
    m_current = index.data(TemplateIndexRole).toInt();
    buildForm(m_templates.at(m_current));
}

void TemplatePickerDialog::clearForm()
{
    while (m_ui->fieldsLayout->rowCount() > 0)
        m_ui->fieldsLayout->removeRow(0);
    m_fields.clear();
    m_ui->titleLabel->setText(tr("Choose an approved template on the left."));
    m_preview->clear();
    revalidate();
}

QString TemplatePickerDialog::fieldLabel(const MessageTemplate& tmpl, const TemplateField& field) const
{
    QString label;
    switch (field.kind) {
    case TemplateFieldKind::MediaUrl:
        label = tmpl.headerFormat == HeaderFormat::Video  ? tr("Header video (link or media id)")
            : tmpl.headerFormat == HeaderFormat::Document ? tr("Header document (link or media id)")
                                                          : tr("Header image (link or media id)");
        break;
    case TemplateFieldKind::Coordinate:
        label = field.key == u"latitude"_s ? tr("Latitude") : tr("Longitude");
        break;
    case TemplateFieldKind::ButtonUrlSuffix:
        label = tr("Link ending for button “%1”").arg(tmpl.buttons.value(field.buttonIndex).text);
        break;
    case TemplateFieldKind::ButtonPayload:
        label = tr("Reply payload for button “%1”").arg(tmpl.buttons.value(field.buttonIndex).text);
        break;
    case TemplateFieldKind::CouponCode:
        label = tr("Coupon code");
        break;
    case TemplateFieldKind::OtpCode:
        label = tr("One-time code");
        break;
    case TemplateFieldKind::Text:
        if (field.key == u"name"_s && tmpl.headerFormat == HeaderFormat::Location)
            label = tr("Place name");
        else if (field.key == u"address"_s && tmpl.headerFormat == HeaderFormat::Location)
            label = tr("Address");
        else if (tmpl.parameterFormat == ParameterFormat::Named) {
            label = field.key;
            label.replace(QLatin1Char('_'), QLatin1Char(' '));
            if (!label.isEmpty())
                label[0] = label.at(0).toUpper();
        } else {
            label = u"{{%1}}"_s.arg(field.key);
            if (!field.example.isEmpty())
                label = tr("%1 (e.g. %2)").arg(label, field.example);
        }
        if (field.component == TemplateComponent::Header)
            label = tr("Header: %1").arg(label);
        break;
    }
    return field.required ? label : tr("%1 (optional)").arg(label);
}

void TemplatePickerDialog::buildForm(const MessageTemplate& tmpl)
{
    while (m_ui->fieldsLayout->rowCount() > 0)
        m_ui->fieldsLayout->removeRow(0);
    m_fields.clear();
    m_ui->titleLabel->setText(u"<b>%1</b> · %2 · %3"_s.arg(
        tmpl.name.toHtmlEscaped(), tmpl.language.toHtmlEscaped(), ConsoleText::category(tmpl.category)));
    const TemplateParameters prefill = TemplatePrefill::forContact(tmpl, m_contact);
    const auto fields = tmpl.fields();
    for (const TemplateField& field : fields) {
        FieldEditor editor;
        editor.field = field;
        auto* box = new QWidget(m_ui->fieldsWidget);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(1);
        editor.edit = new QLineEdit(box);
        editor.edit->setPlaceholderText(field.example);
        if (field.maxLength > 0)
            editor.edit->setMaxLength(field.maxLength + 1); // let the validator say "too long"
        if (field.component == TemplateComponent::Body)
            editor.edit->setText(prefill.body.value(field.key));
        editor.error = new QLabel(box);
        QPalette pal = editor.error->palette();
        pal.setColor(QPalette::WindowText, ThemeColors::danger(QGuiApplication::palette()));
        editor.error->setPalette(pal);
        editor.error->hide();
        boxLayout->addWidget(editor.edit);
        boxLayout->addWidget(editor.error);
        const QString label = fieldLabel(tmpl, field);
        editor.edit->setAccessibleName(label);
        m_ui->fieldsLayout->addRow(label, box);
        const int position = int(m_fields.size());
        connect(editor.edit, &QLineEdit::textEdited, this, [this, position] {
            m_fields[position].touched = true;
            revalidate();
        });
        connect(editor.edit, &QLineEdit::textChanged, this, &TemplatePickerDialog::revalidate);
        m_fields << editor;
    }
    if (fields.isEmpty())
        m_ui->fieldsLayout->addRow(new QLabel(tr("This template has no variables."), m_ui->fieldsWidget));
    revalidate();
    updateBilling();
}

QList<QLineEdit*> TemplatePickerDialog::fieldEditors() const
{
    QList<QLineEdit*> edits;
    for (const auto& f : m_fields)
        edits << f.edit;
    return edits;
}

QString TemplatePickerDialog::fieldError(int index) const
{
    if (index < 0 || index >= m_fields.size() || m_fields.at(index).error->isHidden())
        return {};
    return m_fields.at(index).error->text();
}

TemplateParameters TemplatePickerDialog::parameters() const
{
    TemplateParameters params;
    for (const auto& f : m_fields) {
        const QString value = f.edit->text();
        if (value.isEmpty())
            continue;
        switch (f.field.component) {
        case TemplateComponent::Header:
            params.header.insert(f.field.key, value);
            break;
        case TemplateComponent::Body:
            params.body.insert(f.field.key, value);
            break;
        case TemplateComponent::Button:
            params.buttons.insert(f.field.buttonIndex, value);
            break;
        }
    }
    return params;
}

void TemplatePickerDialog::revalidate()
{
    const auto tmpl = currentTemplate();
    if (!tmpl) {
        m_valid = false;
        m_send->setEnabled(false);
        return;
    }
    const TemplateParameters params = parameters();
    const auto errors = TemplateValidator::validate(*tmpl, params);
    for (auto& f : m_fields) {
        QString message;
        for (const auto& error : errors) {
            const QString key = f.field.component == TemplateComponent::Button
                ? QString::number(f.field.buttonIndex)
                : f.field.key;
            if (error.component == f.field.component && error.key == key) {
                message = ConsoleText::paramError(error.reason);
                break;
            }
        }
        // An untouched empty field is simply still to fill; say so only once typed into.
        const bool show = !message.isEmpty() && (f.touched || !f.edit->text().isEmpty());
        f.error->setText(message);
        f.error->setVisible(show);
    }
    m_preview->setRendered(TemplateRenderer::render(*tmpl, params));
    m_valid = errors.isEmpty();
    m_send->setEnabled(canSend());
    m_send->setToolTip(m_valid ? QString() : tr("Fill every variable correctly to send."));
}

bool TemplatePickerDialog::canSend() const
{
    return m_valid && m_current >= 0 && m_templates.at(m_current).isSendable() && blockedReason().isEmpty();
}

QString TemplatePickerDialog::previewText() const
{
    return m_preview->plainText();
}

QString TemplatePickerDialog::billingNotice() const
{
    return m_ui->billingLabel->text();
}

void TemplatePickerDialog::updateBilling()
{
    const auto tmpl = currentTemplate();
    if (!tmpl) {
        m_ui->billingLabel->clear();
        return;
    }
    const QString category = ConsoleText::category(tmpl->category);
    // Utility templates inside an open customer-service window are free (DESIGN.md, rule 5).
    if (m_windowOpen && tmpl->category == MessageCategory::Utility) {
        m_ui->billingLabel->setText(tr("Billed as %1: free inside the open 24-hour window.").arg(category));
        return;
    }
    std::optional<qint64> micros;
    if (m_rateCard)
        micros = m_rateCard->priceMicrosForE164(m_contact.phone, tmpl->category);
    if (micros) {
        m_ui->billingLabel->setText(
            tr("Billed as %1: about %2 per delivered message (estimate from the %3 rate "
               "card).")
                .arg(category, RateCard::formatMicros(*micros, m_rateCard->currency()),
                    QLocale().toString(m_rateCard->effectiveFrom(), QLocale::ShortFormat)));
    } else {
        m_ui->billingLabel->setText(tr("Billed as %1 per delivered message.").arg(category));
    }
}

} // namespace Atendo
