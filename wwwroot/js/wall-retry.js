// The "Display not authorised" page of a wall: ask again every minute, so that a reinstated link brings the TV back
// without anyone touching it.
setTimeout(() => location.reload(), 60_000);
