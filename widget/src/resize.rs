//! Following a container's size, for the views that draw to it (the map, the timeline).

/// The content-box size of the last entry a `ResizeObserver` reported, in CSS px. Read from the
/// entry, not the element: reading the element's size would force a layout.
pub(crate) fn observed_size(entries: &js_sys::Array) -> Option<(f64, f64)> {
    let entry = entries.get(entries.length().checked_sub(1)?);
    let rect = js_sys::Reflect::get(&entry, &"contentRect".into()).ok()?;
    let num = |k: &str| js_sys::Reflect::get(&rect, &k.into()).ok()?.as_f64();
    Some((num("width")?, num("height")?))
}
