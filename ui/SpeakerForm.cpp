#include "SpeakerForm.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace gloss::ui {

QStringList splitAliases(const QString &text)
{
    QStringList aliases;
    for (const QString &part : text.split(u','))
        if (const QString alias = part.simplified(); !alias.isEmpty())
            aliases << alias;
    return aliases;
}

SpeakerForm::SpeakerForm(QWidget *parent)
    : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"speakerName"_s);
    m_role = new QLineEdit(this);
    m_role->setObjectName(u"speakerRole"_s);
    m_role->setPlaceholderText(tr("deputy mayor, spokesperson, …"));
    m_aliases = new QLineEdit(this);
    m_aliases->setObjectName(u"speakerAliases"_s);
    m_aliases->setPlaceholderText(tr("other names, separated by commas"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"speakerNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins({});
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Role:"), m_role);
    layout->addRow(tr("Al&iases:"), m_aliases);
    layout->addRow(tr("N&ote:"), m_note);

    for (QLineEdit *edit : {m_name, m_role, m_aliases})
        connect(edit, &QLineEdit::returnPressed, this, &SpeakerForm::applyRequested);
    setSpeaker({});
}

void SpeakerForm::setSpeaker(const Speaker &speaker)
{
    m_loaded = speaker;
    m_name->setText(speaker.name);
    m_role->setText(speaker.role);
    m_aliases->setText(speaker.aliases.join(u", "_s));
    m_note->setPlainText(speaker.note);
    setEnabled(speaker.id != 0);
}

Speaker SpeakerForm::edited() const
{
    Speaker s = m_loaded;
    s.name = m_name->text().simplified();
    s.role = m_role->text().trimmed();
    s.aliases = splitAliases(m_aliases->text());
    s.note = m_note->toPlainText();
    return s;
}

bool SpeakerForm::isEdited() const
{
    const Speaker s = edited();
    return s.name != m_loaded.name || s.role != m_loaded.role || s.aliases != m_loaded.aliases || s.note != m_loaded.note;
}

} // namespace gloss::ui
