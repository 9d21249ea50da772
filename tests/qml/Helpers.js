.pragma library

// Every visible text under `item` (labels, fields, buttons), depth first.
function texts(item) {
    const out = []
    collect(item, out)
    return out
}

function collect(item, out) {
    if (!item || item.visible === false)
        return
    if (typeof item.text === "string" && item.text !== "")
        out.push(item.text)
    const kids = item.children || []
    for (let i = 0; i < kids.length; ++i)
        collect(kids[i], out)
}

function anyContains(list, part) {
    for (let i = 0; i < list.length; ++i) {
        if (list[i].indexOf(part) >= 0)
            return true
    }
    return false
}

// The delegates a ListView has created, in model order.
function delegates(list) {
    const out = []
    for (let i = 0; i < list.count; ++i) {
        const d = list.itemAtIndex(i)
        if (d)
            out.push(d)
    }
    return out
}

// The first visible item under `item` whose text is exactly `text`.
function findByText(item, text) {
    if (!item || item.visible === false)
        return null
    if (item.text === text)
        return item
    const kids = item.children || []
    for (let i = 0; i < kids.length; ++i) {
        const hit = findByText(kids[i], text)
        if (hit)
            return hit
    }
    return null
}
