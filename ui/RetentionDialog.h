// RetentionDialog: how long one feed's articles are kept ("Keep Articles…" on a feed). Two limits,
// either or both: an age in days and a number of articles; bookmarked and annotated articles are
// always kept, which the dialog says, since that is what makes the rule safe to set.
#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace gloss::ui {

class RetentionDialog : public QDialog {
    Q_OBJECT
public:
    // days/items: the feed's current rule (0: no limit).
    RetentionDialog(const QString &feedName, int days, int items, QWidget *parent = nullptr);

    int days() const;  // 0: keep forever
    int items() const; // 0: no limit

private:
    QCheckBox *m_byAge;
    QSpinBox *m_days;
    QCheckBox *m_byCount;
    QSpinBox *m_items;
};

} // namespace gloss::ui
