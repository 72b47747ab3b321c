#include "AddFeedDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

AddFeedDialog::AddFeedDialog(const QStringList &folders, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add Feed"));
    setObjectName(u"addFeedDialog"_s);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"feedUrl"_s);
    m_url->setPlaceholderText(tr("https://example.org/feed.xml"));
    m_folder = new QComboBox(this);
    m_folder->setEditable(true);
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_folder->setToolTip(tr("Choose a folder or type a new name; leave empty for none."));
    m_problem = new QLabel(this);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(QString(), m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Subscribe"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &AddFeedDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    validate();
}

QString AddFeedDialog::url() const
{
    QString text = m_url->text().trimmed();
    // People paste "example.org/feed"; feeds live on the web, so assume https.
    if (!text.isEmpty() && !text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    return text;
}

QString AddFeedDialog::folder() const
{
    return m_folder->currentText().simplified();
}

void AddFeedDialog::validate()
{
    const QUrl url(this->url(), QUrl::StrictMode);
    const bool web = url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty();
    m_ok->setEnabled(web);
    m_problem->setText(m_url->text().trimmed().isEmpty() ? tr("Paste the address of an RSS, Atom or JSON feed.")
                       : web                              ? QString()
                                                          : tr("That is not a web address (http or https)."));
}

} // namespace gloss::ui
