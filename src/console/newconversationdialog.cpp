#include "console/newconversationdialog.h"

#include "client/contactsearchmodel.h"
#include "console/contacthitsproxy.h"
#include "ui_newconversationdialog.h"

#include <QKeyEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Atendo {

namespace {
// Long enough not to query the server on every key, short enough to feel live.
constexpr auto TypingPause = 250ms;
} // namespace

NewConversationDialog::NewConversationDialog(AgentSession* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewConversationDialog>())
    , m_model(new ContactSearchModel(session, this))
    , m_proxy(new ContactHitsProxy(this))
{
    m_ui->setupUi(this);
    m_choose = m_ui->buttonBox->addButton(tr("Choose template…"), QDialogButtonBox::AcceptRole);
    m_choose->setObjectName(u"chooseContactButton"_s);
    m_choose->setAccessibleName(tr("Choose this contact"));
    m_choose->setEnabled(false);
    m_proxy->setSourceModel(m_model);
    m_ui->contactList->setModel(m_proxy);
    m_ui->statusLabel->setText(tr("Type at least 2 characters of a name or number."));

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(TypingPause);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_typingPause, qOverload<>(&QTimer::start));
    connect(&m_typingPause, &QTimer::timeout, this, &NewConversationDialog::searchNow);
    // Enter in the search field runs the search at once; Down goes to the results.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &NewConversationDialog::searchNow);
    connect(m_model, &ContactSearchModel::searchFinished, this, &NewConversationDialog::onSearchFinished);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NewConversationDialog::updateChoice);
    connect(m_ui->contactList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &NewConversationDialog::updateChoice);
    connect(m_ui->contactList, &QAbstractItemView::activated, this, &NewConversationDialog::chooseCurrent);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewConversationDialog::chooseCurrent);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->searchEdit->installEventFilter(this);
    m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
}

NewConversationDialog::~NewConversationDialog() = default;

QLineEdit* NewConversationDialog::searchEdit() const
{
    return m_ui->searchEdit;
}

QListView* NewConversationDialog::contactList() const
{
    return m_ui->contactList;
}

QString NewConversationDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void NewConversationDialog::searchNow()
{
    m_typingPause.stop();
    const QString query = m_ui->searchEdit->text().trimmed();
    if (query == m_model->query() && m_model->rowCount() > 0)
        return;
    m_model->search(query);
    m_ui->statusLabel->setText(query.size() < ContactSearchModel::MinQueryLength
            ? tr("Type at least 2 characters of a name or number.")
            : tr("Searching…"));
}

void NewConversationDialog::onSearchFinished(const QString& error)
{
    if (!error.isEmpty())
        m_ui->statusLabel->setText(tr("The search failed: %1").arg(error));
    else if (m_model->rowCount() == 0)
        m_ui->statusLabel->setText(tr("No contact matches “%1”.").arg(m_model->query()));
    else
        updateChoice();
}

int NewConversationDialog::currentRow() const
{
    const QModelIndex current = m_ui->contactList->currentIndex();
    return current.isValid() && (current.flags() & Qt::ItemIsEnabled) ? current.row() : -1;
}

void NewConversationDialog::updateChoice()
{
    const int row = currentRow();
    m_choose->setEnabled(row >= 0);
    if (row < 0) {
        if (m_model->rowCount() > 0)
            m_ui->statusLabel->setText(
                tr("%n contact(s) found. Choose one who opted in.", nullptr, int(m_model->rowCount())));
        m_choose->setText(tr("Choose template…"));
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    const bool open = index.data(ContactSearchModel::OpenConversationIdRole).toLongLong() > 0;
    m_choose->setText(open ? tr("Open conversation") : tr("Choose template…"));
    m_ui->statusLabel->setText(open
            ? tr("%1 already has an open conversation: it opens, and a template can be sent there.")
                  .arg(index.data(Qt::DisplayRole).toString())
            : tr("%1 opted in: choose the template to start with.")
                  .arg(index.data(Qt::DisplayRole).toString()));
}

bool NewConversationDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        focusFirstChoice();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void NewConversationDialog::focusFirstChoice()
{
    m_ui->contactList->setFocus(Qt::TabFocusReason);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.flags() & Qt::ItemIsEnabled) {
            m_ui->contactList->setCurrentIndex(index);
            return;
        }
    }
}

void NewConversationDialog::chooseCurrent()
{
    if (currentRow() >= 0)
        accept();
}

Protocol::ContactInfo NewConversationDialog::chosenContact() const
{
    return m_model->contact(currentRow());
}

qint64 NewConversationDialog::chosenConversationId() const
{
    const int row = currentRow();
    return row < 0 ? 0 : m_model->index(row, 0).data(ContactSearchModel::OpenConversationIdRole).toLongLong();
}

} // namespace Atendo
