#include "QuoteDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

QuoteDialog::QuoteDialog(const QList<Speaker> &speakers, const QString &quote, QWidget *parent)
    : QDialog(parent)
    , m_speakers(speakers)
{
    setWindowTitle(tr("Quote"));
    setObjectName(u"quoteDialog"_s);
    auto *quoted = new QLabel(u"“%1”"_s.arg(quote.size() > 300 ? quote.left(300) + u'…' : quote), this);
    quoted->setWordWrap(true);
    quoted->setTextFormat(Qt::PlainText);

    QStringList names;
    for (const Speaker &s : speakers) {
        names << s.name;
        names << s.aliases;
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);

    m_speaker = new QLineEdit(this);
    m_speaker->setObjectName(u"speakerName"_s);
    m_speaker->setPlaceholderText(tr("Name or alias, e.g. “Helena Quist” or “deputy mayor”"));
    auto *completer = new QCompleter(names, m_speaker);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_speaker->setCompleter(completer);
    m_role = new QLineEdit(this);
    m_role->setPlaceholderText(tr("Role or affiliation of a new speaker (optional)"));
    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Direct quote"), int(QuoteKind::Direct));
    m_kind->addItem(tr("Partial quote"), int(QuoteKind::Partial));
    m_kind->addItem(tr("Reported speech"), int(QuoteKind::Reported));
    m_verb = new QLineEdit(this);
    m_verb->setPlaceholderText(tr("said, told, warned, according to…"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Speaker:"), m_speaker);
    form->addRow(QString(), m_hint);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Verb:"), m_verb);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_speaker, &QLineEdit::textChanged, this, &QuoteDialog::updateHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quoted);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    updateHint();
}

void QuoteDialog::setSpeakerName(const QString &name)
{
    m_speaker->setText(name);
}

void QuoteDialog::setQuoteKind(QuoteKind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

void QuoteDialog::setVerb(const QString &verb)
{
    m_verb->setText(verb);
}

std::optional<qint64> QuoteDialog::existingSpeaker() const
{
    const QString typed = speakerText();
    for (const Speaker &s : m_speakers)
        if (s.name.compare(typed, Qt::CaseInsensitive) == 0)
            return s.id;
    for (const Speaker &s : m_speakers)
        if (s.aliases.contains(typed, Qt::CaseInsensitive))
            return s.id;
    return std::nullopt;
}

Speaker QuoteDialog::newSpeaker() const
{
    Speaker s;
    s.name = speakerText();
    s.role = m_role->text().trimmed();
    return s;
}

QString QuoteDialog::speakerText() const
{
    return m_speaker->text().simplified();
}

QuoteKind QuoteDialog::quoteKind() const
{
    return QuoteKind(m_kind->currentData().toInt());
}

QString QuoteDialog::verb() const
{
    return m_verb->text().simplified();
}

void QuoteDialog::updateHint()
{
    const QString typed = speakerText();
    const auto existing = existingSpeaker();
    m_role->setEnabled(!typed.isEmpty() && !existing);
    if (typed.isEmpty()) {
        m_hint->setText(tr("Leave empty for a quote whose speaker is not known yet."));
    } else if (existing) {
        const auto it = std::find_if(m_speakers.begin(), m_speakers.end(), [&](const Speaker &s) { return s.id == *existing; });
        m_hint->setText(it->name.compare(typed, Qt::CaseInsensitive) == 0 ? tr("Known speaker") : tr("Alias of %1").arg(it->name));
    } else {
        m_hint->setText(tr("New speaker: “%1” will be added to the registry.").arg(typed));
    }
}

} // namespace gloss::ui
