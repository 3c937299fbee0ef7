import { Outlet } from 'react-router';

// Placeholder until the session gate is built.
export default function ProtectedRoute() {
  return <Outlet />;
}
