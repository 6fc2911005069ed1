#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace ringback::simulator {

// A simulated caller: who they are and what they text back.
struct Persona
{
    QString number; // E.164, fictional 555-01xx numbers
    QString name;
    QStringList replies; // sent one after another, each after a text from the office
    int photoReply = -1; // the reply that comes with a photo (an MMS), if any
};

// Realistic contractor traffic: leaks, no heat, AC out, water heater,
// sparking panel, quotes, a wrong number and a STOP.
const std::vector<Persona> &personas();

} // namespace ringback::simulator
