#include "RetentionDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

RetentionDialog::RetentionDialog(const QString &feedName, int days, int items, QWidget *parent)
    : QDialog(parent)
    , m_byAge(new QCheckBox(tr("Delete articles older than"), this))
    , m_days(new QSpinBox(this))
    , m_byCount(new QCheckBox(tr("Keep only the newest"), this))
    , m_items(new QSpinBox(this))
{
    setWindowTitle(tr("Keep Articles"));
    setObjectName(u"retentionDialog"_s);
    m_byAge->setObjectName(u"retentionByAge"_s);
    m_days->setObjectName(u"retentionDays"_s);
    m_byCount->setObjectName(u"retentionByCount"_s);
    m_items->setObjectName(u"retentionItems"_s);

    m_days->setRange(1, 100000);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(days > 0 ? days : 30);
    m_byAge->setChecked(days > 0);
    m_items->setRange(1, 100000);
    m_items->setSuffix(tr(" articles"));
    m_items->setValue(items > 0 ? items : 500);
    m_byCount->setChecked(items > 0);
    m_days->setEnabled(m_byAge->isChecked());
    m_items->setEnabled(m_byCount->isChecked());
    connect(m_byAge, &QCheckBox::toggled, m_days, &QWidget::setEnabled);
    connect(m_byCount, &QCheckBox::toggled, m_items, &QWidget::setEnabled);

    auto *intro = new QLabel(tr("How long to keep the articles of “%1”:").arg(feedName), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_byAge, m_days);
    form->addRow(m_byCount, m_items);
    auto *note = new QLabel(tr("Bookmarked and annotated articles are always kept. The rule applies now and "
                               "after every refresh."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

int RetentionDialog::days() const
{
    return m_byAge->isChecked() ? m_days->value() : 0;
}

int RetentionDialog::items() const
{
    return m_byCount->isChecked() ? m_items->value() : 0;
}

} // namespace gloss::ui
