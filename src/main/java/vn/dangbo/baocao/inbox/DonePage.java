package vn.dangbo.baocao.inbox;

import java.util.List;

/** A page of {@link DoneItem}s, newest first; {@code page} counts from 0. */
public record DonePage(List<DoneItem> items, int page, int size, long total) {}
