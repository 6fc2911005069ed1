#include "Scenarios.h"

namespace ringback::simulator {

const std::vector<Persona> &personas()
{
    static const std::vector<Persona> list{
        {QStringLiteral("+15125550134"),
         QStringLiteral("Dana Ortiz"),
         {QStringLiteral("Hi, we have a roof leak over the kitchen, water is coming through the "
                         "ceiling light. "
                         "Can someone come out?"),
          QStringLiteral("Address is 4412 Ridgeview Dr. Thanks!")},
         0}, // with a photo of the ceiling
        {QStringLiteral("+15125550147"),
         QStringLiteral("Mike Chen"),
         {QStringLiteral(
              "Furnace stopped working last night, no heat in the house and it's 38 out. "
              "We have a newborn."),
          QStringLiteral("Anytime today works, we're home.")}},
        {QStringLiteral("+15125550162"),
         QStringLiteral("Patricia Gomez"),
         {QStringLiteral("AC is blowing warm air, unit outside is making a buzzing noise. No AC "
                         "upstairs at all.")}},
        {QStringLiteral("+15125550178"),
         QStringLiteral("Robert Miles"),
         {QStringLiteral("Water heater is 12 years old and leaking from the bottom. Can you quote "
                         "a replacement? "
                         "50 gallon gas.")}},
        {QStringLiteral("+15125550183"),
         QStringLiteral("Angela Brooks"),
         {QStringLiteral(
              "Our electrical panel is sparking and there's a burning smell near the garage."),
          QStringLiteral("We turned off the main. Please call asap")}},
        {QStringLiteral("+15125550191"),
         QStringLiteral("Tom Becker"),
         {QStringLiteral(
             "Looking for a quote on a new mini split for the garage, not an emergency. "
             "Next week is fine.")}},
        {QStringLiteral("+15125550115"),
         QStringLiteral("Luis Hernández"),
         {QStringLiteral(
             "Hola, tengo una fuga de agua debajo del fregadero. ¿Pueden venir mañana?")}},
        {QStringLiteral("+15125550126"),
         QStringLiteral(""),
         {QStringLiteral("Sorry, wrong number")}},
        {QStringLiteral("+15125550153"), QStringLiteral(""), {QStringLiteral("STOP")}},
        {QStringLiteral("+15125550169"),
         QStringLiteral("Karen Walsh"),
         {QStringLiteral("Basement flooding!! Sump pump quit. Need someone today"),
          QStringLiteral("<b>Photo</b> of the pump attached")}},
        {QStringLiteral("+15125550172"),
         QStringLiteral("Greg Patel"),
         {QStringLiteral("Can you send someone to look at a garage door that won't close? Tomorrow "
                         "morning ideally.")}},
        {QStringLiteral("+15125550188"),
         QStringLiteral("Sam Nguyen"),
         {QStringLiteral("Toilet keeps running and the shutoff valve is stuck. Not urgent.")}},
    };
    return list;
}

} // namespace ringback::simulator
