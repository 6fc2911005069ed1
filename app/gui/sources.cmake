# The windows of Ringback (namespace ringback::gui), compiled into
# ringback_gui by app/CMakeLists.txt. Paths are relative to app/.
set(RINGBACK_GUI_SOURCES
    gui/ConversationDelegate.cpp gui/ConversationDelegate.h
    gui/ConversationListModel.cpp gui/ConversationListModel.h
    gui/Format.cpp gui/Format.h
    gui/MainWindow.cpp gui/MainWindow.h
    gui/MainWindowSpam.cpp
    gui/NotificationBanner.cpp gui/NotificationBanner.h
    gui/NotificationPolicy.cpp gui/NotificationPolicy.h
    gui/OptOutBar.cpp gui/OptOutBar.h
    gui/ReplyBox.cpp gui/ReplyBox.h
    gui/SearchField.cpp gui/SearchField.h
    gui/ThreadDelegate.cpp gui/ThreadDelegate.h
    gui/ThreadModel.cpp gui/ThreadModel.h
    gui/TrayNotifier.cpp gui/TrayNotifier.h
)
