#pragma once

#include <QString>

class QTextStream;

namespace ringback::bench {

// The benchmarks' store: `conversations` conversations with
// messages / conversations messages each (English and Spanish phrases, every
// seventh conversation unread, every eleventh urgent, every third named
// "Customer <n>", numbers +1512200xxxx), always the same for the same sizes.
//
// Reuses the file at `path` when it holds exactly that store; builds it when
// the file is missing (in "<path>.building", renamed when complete, so an
// interrupted build is never mistaken for a finished one). Refuses, saying
// why on `log`, a file that is something else: it may be a real profile's.
bool ensureDatabase(const QString &path, int conversations, int messages, QTextStream &log);

// Messages the store holds for those sizes (a whole number per conversation).
qint64 storedMessages(int conversations, int messages);

} // namespace ringback::bench
