exports.onExecutePostLogin = async (event, api) => {
  api.idToken.setCustomClaim('https://example-shop.com/roles', event.authorization?.roles ?? []);
};
