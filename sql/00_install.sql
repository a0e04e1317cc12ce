-- The extension installs and reports its version.
SELECT extname, extversion, extrelocatable FROM pg_extension WHERE extname = 'customer_analytics';
