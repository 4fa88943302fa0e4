// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QJsonValue>
#include <QString>

#include <functional>

class QIODevice;

namespace Relais {

// Reads a JSON document whose root is an object of lists ({"articles": […], "agenda": […]})
// as a stream, with RapidJSON's SAX reader: one element of one list at a time, never the whole
// document in memory, so a file of hundreds of megabytes costs a few megabytes. Lists nobody
// asked for are parsed (the whole document must be valid JSON) but not built.
class JsonListStream
{
public:
    struct Handler
    {
        // Whether the elements of this list are wanted. Asked once per list of the root.
        std::function<bool(const QString &list)> wants;
        // Optional: which members of a wanted list's element objects are built (others are
        // parsed and dropped), for a reading that needs one field of thousands of items.
        std::function<bool(const QString &list, const QString &key)> keeps;
        // One element (usually an object) of a wanted list, with its index in the list.
        // Returning false stops the reading (a cancel, or too many problems).
        std::function<bool(const QString &list, int index, const QJsonValue &value)> element;
        // A key of the root whose value is not a list (nor null).
        std::function<void(const QString &key)> notAList;
        // Progress: bytes read so far. Called every few hundred kilobytes.
        std::function<void(qint64 bytes)> progress;
    };

    enum class Outcome { Finished, Stopped };

    // Reads the device from its current position to its end. fileName names the input in
    // messages ("seed.json is not valid JSON: … at line 3, column 7."). Errors: invalid JSON
    // (with line and column), a root that is not an object (detail "root"), nesting deeper than 64
    // levels, text that is not UTF-8, a read error of the device.
    static Result<Outcome> read(QIODevice &device, const QString &fileName, const Handler &handler);

    // The deepest nesting accepted inside a list element.
    static constexpr int MaxDepth = 64;
};

} // namespace Relais
