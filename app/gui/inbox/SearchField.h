#pragma once

#include <QLineEdit>
#include <QTimer>

namespace ringback::gui {

// The search box above the conversation list: waits for a pause in typing
// before searching, and Escape clears it.
class SearchField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchField)

signals:
    void searchChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer m_pause;
};

} // namespace ringback::gui
