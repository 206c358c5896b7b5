export type { BookedSession } from './bookingApi';
export { NextBooking, type NextBookingProps } from './NextBooking';
