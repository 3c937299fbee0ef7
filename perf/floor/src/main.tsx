import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { FloorPage } from './floor-page';

// The least a page built on the app's stack can cost: React, React Router and TanStack
// Query started as the app starts them, rendering a page that needs nothing else.
const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');
const router = createBrowserRouter([{ path: '*', Component: FloorPage }]);
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
