#pragma once

#include <QFrame>

class QLabel;

namespace ringback::gui {

// One figure of the dashboard: a large value over its name, with an optional
// line of detail ("40% reply rate"). Plain text only. The accessible name
// reads the whole tile: "Replies: 5, 40% reply rate".
class FigureTile : public QFrame
{
    Q_OBJECT

public:
    explicit FigureTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = QString());
    // A sentence instead of a value ("Set your average job value in Settings").
    void setHint(const QString &hint);

    QString caption() const;
    QString value() const;
    QString detail() const;
    bool showsHint() const { return m_hint; }

private:
    void updateAccessibleName();

    QLabel *m_value = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_detail = nullptr;
    bool m_hint = false;
};

} // namespace ringback::gui
