#include "TagsDialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {
// Completes the tag being typed after the last comma, keeping the ones before it.
class TagCompleter : public QCompleter {
public:
    TagCompleter(const QStringList &tags, QObject *parent)
        : QCompleter(tags, parent)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
    }
    QStringList splitPath(const QString &path) const override
    {
        return {path.section(u',', -1).trimmed()};
    }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<QLineEdit *>(widget());
        QString before = edit ? edit->text() : QString();
        const int comma = int(before.lastIndexOf(u','));
        before = comma >= 0 ? before.left(comma + 1) + u' ' : QString();
        return before + index.data().toString();
    }
};
} // namespace

TagsDialog::TagsDialog(const QStringList &knownTags, const QStringList &tags, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Tags"));
    setObjectName(u"tagsDialog"_s);
    m_edit = new QLineEdit(tags.join(u", "_s), this);
    m_edit->setObjectName(u"tagsEdit"_s);
    m_edit->setPlaceholderText(tr("climate, budget, follow up"));
    m_edit->setCompleter(new TagCompleter(knownTags, m_edit));
    auto *help = new QLabel(tr("Separate tags with commas. Tags are shared across the library."), this);
    help->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(help);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QStringList TagsDialog::tags() const
{
    QStringList result;
    for (const QString &part : m_edit->text().split(u',')) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !result.contains(tag, Qt::CaseInsensitive))
            result << tag;
    }
    return result;
}

} // namespace gloss::ui
