function addCustomerTier(user, context, callback) {
  const tier = (user.app_metadata && user.app_metadata.tier) || 'standard';
  context.idToken['https://example-shop.com/tier'] = tier;
  return callback(null, user, context);
}
