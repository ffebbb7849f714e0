/**
 * The session in the UI: the `me` query is the single source of who is signed in. Pages under RequireAuth read
 * it with useMe(); a 401 anywhere empties it (see queryClient.ts) and RequireAuth sends the user to /login.
 */
import { createContext, useContext } from "react";
import { useQuery } from "@tanstack/react-query";
import { Navigate, Outlet, useLocation } from "react-router-dom";
import { Spin } from "antd";
import { fetchMe, ME_KEY, type Me } from "./api.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

const MeContext = createContext<Me | null>(null);

export const useMeQuery = () => useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });

export function RequireAuth() {
  const location = useLocation();
  const me = useMeQuery();
  if (me.isPending) return <Spin fullscreen />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return (
    <MeContext.Provider value={me.data}>
      <Outlet />
    </MeContext.Provider>
  );
}

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe outside RequireAuth");
  return me;
}
