#pragma once

#include "store/Queries.h"

#include <QListWidget>
#include <QTimer>

#include <vector>

namespace ringback::gui {

// The left-hand column of the window: the inbox's filters, each with how
// many conversations it holds ("Unread 12"), then the other pages (the
// call-back queue, the dashboard). Counts come from indexed COUNT queries
// and are refreshed at most a few times a second however many changes
// arrive.
class NavigationPane final : public QListWidget
{
    Q_OBJECT

public:
    enum class Page { Inbox, Queue, Dashboard };

    explicit NavigationPane(Queries &queries, QWidget *parent = nullptr);

    // The entries in order: one per inbox filter, then the other pages.
    // toolTip: what the filter holds, when its name alone does not say.
    void
    addFilter(ConversationFilter filter, const QString &label, const QString &toolTip = QString());
    void addPage(Page page, const QString &label);

    void selectFilter(ConversationFilter filter);
    void selectPage(Page page);
    // The count shown beside a filter (tests compare it with the store).
    int shownCount(ConversationFilter filter) const;
    // A page's figure ("Call-back queue 9"), set by whoever knows it; -1 hides it.
    void setPageCount(Page page, int count);

public slots:
    // Something changed: recount soon (coalesced).
    void scheduleRecount();
    // Counts again now (on a thread of its own; countsChanged() when done).
    void recountNow();

signals:
    void filterChosen(ringback::ConversationFilter filter);
    void pageChosen(ringback::gui::NavigationPane::Page page);
    // After every recount: the figures the window shows elsewhere (tray).
    void countsChanged();

private:
    void showCounts(const std::vector<ConversationFilter> &filters, const std::vector<int> &counts);

    enum Role { KindRole = Qt::UserRole + 1, ValueRole, LabelRole, CountRole };
    QListWidgetItem *itemFor(int kind, int value) const;
    void updateItemText(QListWidgetItem *item);
    void onCurrentItemChanged(QListWidgetItem *current);

    Queries &m_queries;
    QTimer m_recount;
    bool m_counting = false;
    bool m_countAgain = false;
};

} // namespace ringback::gui
